// The one message the background sends a content script (#15): make a page
// outline of this tab. Kept apart from the zod schemas so the content script
// bundle stays free of zod.
export const OUTLINE_REQUEST = 'outline/make';
