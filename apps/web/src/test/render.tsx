import { render, type RenderResult } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement, ReactNode } from 'react';
import type { Lang } from '../i18n';
import { LangProvider } from '../i18n/lang-context';

/** Renders a piece of the console as main.tsx does: Ant Design's locale and App, and the language (rerender keeps them). */
export function renderConsole(ui: ReactElement, lang: Lang = 'zh'): RenderResult {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={{ zeroRuntime: true, token: { motion: false } }}>
      <AntApp>
        <LangProvider lang={lang} setLang={() => undefined}>
          {children}
        </LangProvider>
      </AntApp>
    </ConfigProvider>
  );
  return render(ui, { wrapper });
}
