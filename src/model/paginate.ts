/** Rows per page of every paginated list. */
export const pageSize = 50;

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based page number. */
  page: number;
  /** Number of pages (at least 1, even for an empty list). */
  pages: number;
  items: T[];
  /** Value of the `[...page]` route parameter: undefined for page 1, "page/N" after. */
  param: string | undefined;
}

/** Cuts a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(list: readonly T[], size: number = pageSize): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(list.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    pages,
    items: list.slice(index * size, (index + 1) * size),
    param: index === 0 ? undefined : `page/${index + 1}`,
  }));
}
