package dev.unhunch.ui.tray;

/** Which tray implementation to use; {@link #AUTO} picks the best one for the desktop. */
public enum TrayKind { AUTO, SWING, AWT, GTK, APPINDICATOR, WINDOW }
