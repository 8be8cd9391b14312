import {
  Connection,
  DataAnalysis,
  DocumentAdd,
  Notebook,
  OfficeBuilding,
  ShoppingCart,
  Sunny,
  Tickets,
  User,
  View,
  Wallet,
} from '@element-plus/icons-vue';
import type { Component } from 'vue';

/** The icons named by routes' `meta.menu.icon`. */
export const MENU_ICONS: Record<string, Component> = {
  Connection,
  DataAnalysis,
  DocumentAdd,
  Notebook,
  OfficeBuilding,
  ShoppingCart,
  Sunny,
  Tickets,
  User,
  View,
  Wallet,
};
