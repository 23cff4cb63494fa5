export const notify = {};
