/**
 * The parts of WebUSB, Web Serial and Web Bluetooth the transports use, typed here (the DOM
 * library has none of them yet). Structural, so tests pass fake devices that record writes.
 */
export interface UsbEndpointLike { readonly endpointNumber: number; readonly direction: 'in' | 'out'; readonly type: 'bulk' | 'interrupt' | 'isochronous' }
export interface UsbAlternateLike { readonly interfaceClass: number; readonly endpoints: readonly UsbEndpointLike[] }
export interface UsbInterfaceLike { readonly interfaceNumber: number; readonly alternates: readonly UsbAlternateLike[] }
export interface UsbDeviceLike {
  readonly productName?: string | undefined;
  readonly opened: boolean;
  readonly configuration: { readonly interfaces: readonly UsbInterfaceLike[] } | null;
  open(): Promise<void>;
  selectConfiguration(value: number): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  transferOut(endpointNumber: number, data: Uint8Array<ArrayBuffer>): Promise<{ status: 'ok' | 'stall' | 'babble'; bytesWritten: number }>;
  close(): Promise<void>;
}

export interface SerialWriterLike {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  releaseLock(): void;
}
export interface SerialPortLike {
  readonly writable: { getWriter(): SerialWriterLike } | null;
  open(options: { baudRate: number }): Promise<void>;
  close(): Promise<void>;
}

export interface GattCharacteristicLike {
  readonly properties: { readonly writeWithoutResponse: boolean; readonly write: boolean };
  writeValueWithoutResponse?(value: Uint8Array<ArrayBuffer>): Promise<void>;
  writeValueWithResponse?(value: Uint8Array<ArrayBuffer>): Promise<void>;
  writeValue(value: Uint8Array<ArrayBuffer>): Promise<void>;
}
export interface GattServerLike {
  readonly connected: boolean;
  connect(): Promise<GattServerLike>;
  disconnect(): void;
  getPrimaryService(uuid: string): Promise<{ getCharacteristic(uuid: string): Promise<GattCharacteristicLike> }>;
}
export interface BluetoothDeviceLike {
  readonly name?: string | undefined;
  readonly gatt?: GattServerLike | undefined;
}
