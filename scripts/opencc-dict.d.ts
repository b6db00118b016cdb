/** opencc-js ships its dictionaries as ES modules without types: each default-exports one string. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
