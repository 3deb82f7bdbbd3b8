package dev.unhunch.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dorkbox.systemTray.SystemTray.TrayType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
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

    @Test
    void aStatusNotifierWatcherMeansAppIndicatorEvenBesideAnXEmbedHost() {
        Trays.useProbes(() -> Optional.of(true), () -> Optional.of(true));
        assertThat(Trays.dorkboxType(TrayKind.AUTO, "Linux", Map.of("XDG_CURRENT_DESKTOP", "GNOME")))
                .isEqualTo(TrayType.AppIndicator);
        assertThat(Trays.anyHostPresent()).contains(true);
    }

    @Test
    void anXEmbedHostWithoutAWatcherMeansGtk() {
        Trays.useProbes(() -> Optional.of(true), () -> Optional.of(false));
        assertThat(Trays.dorkboxType(TrayKind.AUTO, "Linux", Map.of())).isEqualTo(TrayType.Gtk);
    }

    @Test
    void aDesktopWithNeitherGetsTheStatusWindowTheHintAndTheWatch() {
        Trays.useProbes(() -> Optional.of(false), () -> Optional.of(false));
        assertThat(Trays.dorkboxType(TrayKind.AUTO, "Linux", Map.of("XDG_CURRENT_DESKTOP", "GNOME"))).isNull();
        assertThat(Trays.anyHostPresent()).contains(false);
        assertThat(Trays.mayAppearLater(TrayKind.AUTO)).isEqualTo(System.getProperty("os.name").startsWith("Linux"));
    }

    @Test
    void aBusThatCannotBeAskedLeavesAFullDesktopToDorkbox() {
        Trays.useProbes(() -> Optional.of(false), Optional::empty);
        assertThat(Trays.dorkboxType(TrayKind.AUTO, "Linux", Map.of("XDG_CURRENT_DESKTOP", "KDE")))
                .isEqualTo(TrayType.AutoDetect);
        assertThat(Trays.dorkboxType(TrayKind.AUTO, "Linux", Map.of())).isNull();
        assertThat(Trays.desktopWithoutTray(TrayKind.AUTO)).isFalse();
    }

    @AfterEach
    void forgetProbes() {
        Trays.useProbes(Optional::empty, Optional::empty);
    }
}
