/// <reference types="electron-vite/node" />
// Typings for electron-vite's main-process imports such as `../../resources/icon.png?asset`.
