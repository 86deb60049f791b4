// Runs while the popup's HTML is parsed, before its modules have loaded: asks
// for the first screen the background keeps ready in storage.session, so the
// answer is on its way while the modules load (#18). main.tsx checks what
// comes back; when this could not ask, main.tsx asks itself. The key is
// FIRST_SCREEN_KEY of src/shared/first-screen.ts (a unit test keeps them equal).
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  try {
    globalThis.__followthroughKept = api.storage.session.get('firstScreen');
  } catch {
    // An API without promises, or no session storage: main.tsx asks.
  }
})();
