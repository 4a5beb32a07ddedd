import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import type { Lang } from './i18n';
import { LangProvider } from './i18n/lang-context';

const LANG_KEY = 'duban.lang';

function Root() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'));
  const choose = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    dayjs.locale(next === 'zh' ? 'zh-cn' : 'en');
    setLang(next);
  }, []);
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <AntApp>
        <LangProvider lang={lang} setLang={choose}>
          <App />
        </LangProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
