// Node-only edges of @inkless/printers: transports and the virtual printer.
export {};
