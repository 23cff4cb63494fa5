export const quickReplies = {};
