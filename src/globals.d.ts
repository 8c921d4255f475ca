/** Compile-time flags set by build.mjs (esbuild `define`). Use only where feature detection cannot work. */
declare const __FIREFOX__: boolean;
declare const __DEV__: boolean;
