import { en } from './en';
import { zh, type Dictionary } from './zh';

export type Lang = 'zh' | 'en';
export type { Dictionary };
export const dictionaries: Record<Lang, Dictionary> = { zh, en };
