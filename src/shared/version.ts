/** The package version, checked against package.json by a test. Used to tell copies of the bundle apart. */
export const VERSION = '0.1.0';
