import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { dictionaries, type Dictionary, type Lang } from './index';

interface LangContextValue {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangContextValue>({ lang: 'zh', t: dictionaries.zh, setLang: () => undefined });

/** The chosen language for everything below it; screens read it with useI18n(). */
export function LangProvider({
  lang,
  setLang,
  children,
}: {
  lang: Lang;
  setLang: (lang: Lang) => void;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ lang, t: dictionaries[lang], setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useI18n = (): LangContextValue => useContext(LangContext);
