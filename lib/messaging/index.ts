export * from './result';
export * from './define';
export * from './router';
export * from './client';
export * from './protocol';
export * from './limits';
