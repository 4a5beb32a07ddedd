import { configure } from '@testing-library/react';

// jsdom lacks what Ant Design measures the page with; these stand-ins answer as a desktop browser would.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });

// jsdom implements getComputedStyle without pseudo-elements and says so on every call: ask without one.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// Ant Design's forms and selects queue work as a macrotask through a MessageChannel, which jsdom lacks.
type Listener = ((event: { data: unknown }) => void) | null;
class PortStub {
  onmessage: Listener = null;
  other?: PortStub;
  postMessage(data: unknown) {
    setTimeout(() => this.other?.onmessage?.({ data }), 0);
  }
  close() {}
  start() {}
}
class MessageChannelStub {
  port1 = new PortStub();
  port2 = new PortStub();
  constructor() {
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
}
Object.defineProperty(window, 'MessageChannel', { writable: true, value: MessageChannelStub });

// The machine running the tests may be busy: wait up to 5 s for what the page should show.
configure({ asyncUtilTimeout: 5000 });
