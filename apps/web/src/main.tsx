import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Lang } from './i18n';

function Root() {
  const [lang, setLang] = useState<Lang>((localStorage.getItem('duban.lang') as Lang) ?? 'zh');
  const choose = (next: Lang) => {
    localStorage.setItem('duban.lang', next);
    setLang(next);
  };
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <App lang={lang} onLang={choose} />
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
