/**
 * Page templates known to break the Content-Security-Policy today, each with its owner and why.
 * Their tests are expected to fail (it.fails): when the owner fixes a page, its test "fails" and
 * the entry must be removed here, so the page is held to the policy from then on.
 */
export const knownCspBreakers: Record<string, { owner: string; why: string }> = {
};
