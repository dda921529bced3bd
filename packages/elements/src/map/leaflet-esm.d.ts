// Leaflet's ES module build (its package "main" is a UMD file, which a browser cannot import).
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
