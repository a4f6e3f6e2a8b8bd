// Kept equal to package.json's version by a test; a constant keeps package.json out of the bundle.
export const TOOL_NAME = 'readiness-scorecard';
export const VERSION = '0.1.0';
