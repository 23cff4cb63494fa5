export const screening = {};
