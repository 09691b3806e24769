// Forum URLs, built in one place so pages, API answers and tests agree (usable in client code).

type ListQuery = { sort?: string; period?: string; tag?: string; api?: string; version?: string; operation?: string; page?: number; q?: string };

function withQuery(path: string, query: ListQuery = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "" || (key === "sort" && value === "latest") || (key === "period" && value === "all") || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  return params.size ? `${path}?${params}` : path;
}

export const forumHref = {
  home: (query?: ListQuery) => withQuery("/forum", query),
  category: (slug: string, query?: ListQuery) => withQuery(`/forum/c/${encodeURIComponent(slug)}`, query),
  thread: (number: number) => `/forum/t/${number}`,
  reply: (number: number, postId: string) => `/forum/t/${number}#post-${postId}`,
  newThread: (context: { api?: string; version?: string; operation?: string; category?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(context).filter((e): e is [string, string] => Boolean(e[1])));
    return params.size ? `/forum/new?${params}` : "/forum/new";
  },
  flags: () => "/admin/forum-flags",
};

/** The forum's JSON API, as the pages' client components call it. */
export const forumApi = {
  threads: () => "/api/v1/forum/threads",
  thread: (number: number) => `/api/v1/forum/threads/${number}`,
  replies: (number: number) => `/api/v1/forum/threads/${number}/replies`,
  threadVote: (number: number) => `/api/v1/forum/threads/${number}/vote`,
  threadFlags: (number: number) => `/api/v1/forum/threads/${number}/flags`,
  acceptedAnswer: (number: number) => `/api/v1/forum/threads/${number}/accepted-answer`,
  post: (id: string) => `/api/v1/forum/posts/${encodeURIComponent(id)}`,
  postVote: (id: string) => `/api/v1/forum/posts/${encodeURIComponent(id)}/vote`,
  postFlags: (id: string) => `/api/v1/forum/posts/${encodeURIComponent(id)}/flags`,
  flag: (id: string) => `/api/v1/forum/flags/${encodeURIComponent(id)}`,
};
