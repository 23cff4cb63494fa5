export const automations = {};
