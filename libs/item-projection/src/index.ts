export * from './item-projection';
export * from './item-projector';
