package dev.unhunch.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.storage.FileSettingsStore;
import dev.unhunch.ui.settings.ImportPreview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import previews and exports of the settings port over real files. */
class StoreSettingsPortTest {

    @TempDir
    Path dir;

    private StoreSettingsPort port() throws IOException {
        Files.writeString(dir.resolve("admin.properties"), "locked = sounds\n");
        return new StoreSettingsPort(new FileSettingsStore(dir.resolve("config"), dir.resolve("admin.properties")),
                null, List.of("unhunch"));
    }

    @Test
    void aLockedKeyIsLeftOutOfAnImportWithANote() throws IOException {
        Path file = Files.writeString(dir.resolve("in.properties"), "sounds = false\nlong.length = 10m\n");
        ImportPreview preview = port().previewImport(file.toFile());
        assertThat(preview.accepted()).isTrue();
        assertThat(preview.changes()).containsExactly("long.length: 5m \u2192 10m");
        assertThat(preview.notes()).containsExactly("sounds is locked by your administrator and stays as it is");
        assertThat(preview.settings().sounds()).isTrue();
    }

    @Test
    void aFileWithoutSettingsIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("other.properties"), "colour = blue\n");
        assertThat(port().previewImport(file.toFile()).refusal()).isEqualTo("it holds no Unhunch settings");
        assertThat(port().previewImport(dir.resolve("missing").toFile()).refusal()).startsWith("it cannot be read");
    }

    @Test
    void aRuleBetweenSettingsIsCheckedBeforeImporting() throws IOException {
        Path file = Files.writeString(dir.resolve("in.properties"), "activity.noise = 50s\nactivity.idle = 40s\n");
        assertThat(port().previewImport(file.toFile()).refusal()).contains("must not be longer than activity.idle");
    }

    @Test
    void anExportImportsAgainWithoutChanges() throws IOException {
        StoreSettingsPort port = port();
        Settings mine = Settings.defaults().toBuilder().microInterval(Duration.ofMinutes(35)).build();
        port.apply(mine);
        Path out = dir.resolve("out.properties");
        port.export(port.current(), out.toFile());
        ImportPreview again = port.previewImport(out.toFile());
        assertThat(again.accepted()).isTrue();
        assertThat(again.changes()).isEmpty();
        assertThat(Files.readString(out)).contains("micro.interval = 35m");
    }
}
