// jsdom ships no types and @types/jsdom is not installed: the little of it these tests use.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { readonly document: Document };
  }
}
