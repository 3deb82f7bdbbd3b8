package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dorkbox.systemTray.SystemTray.TrayType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraysTest {

    @Test
    void explicitChoicesMapToDorkboxTypes() {
        assertThat(Trays.dorkboxType(TrayKind.GTK, "Linux", Map.of())).isEqualTo(TrayType.Gtk);
        assertThat(Trays.dorkboxType(TrayKind.APPINDICATOR, "Linux", Map.of())).isEqualTo(TrayType.AppIndicator);
        assertThat(Trays.dorkboxType(TrayKind.SWING, "Linux", Map.of())).isEqualTo(TrayType.Swing);
        assertThat(Trays.dorkboxType(TrayKind.AWT, "Linux", Map.of())).isEqualTo(TrayType.Awt);
    }

    @Test
    void windowChoiceMeansNoTray() {
        assertThat(Trays.dorkboxType(TrayKind.WINDOW, "Linux", Map.of())).isNull();
    }

    @Test
    void otherSystemsLetDorkboxDetect() {
        assertThat(Trays.dorkboxType(TrayKind.AUTO, "Windows 11", Map.of())).isEqualTo(TrayType.AutoDetect);
        assertThat(Trays.dorkboxType(TrayKind.AUTO, "Mac OS X", Map.of())).isEqualTo(TrayType.AutoDetect);
    }
}
