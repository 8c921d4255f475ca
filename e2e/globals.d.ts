/** The extension APIs as the tests call them inside the browsers (evaluate callbacks run there, not here). */
interface TestExtensionApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
    };
  };
}
declare const chrome: TestExtensionApi;
declare const browser: TestExtensionApi;
