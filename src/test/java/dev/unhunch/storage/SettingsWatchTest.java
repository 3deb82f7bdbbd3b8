package dev.unhunch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.settings.Settings;
import dev.unhunch.testsupport.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsWatchTest {

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        QuietLogs.storage();
    }

    @TempDir
    Path dir;

    @Test
    void externalEditsArePickedUpDebouncedAndOwnSavesDoNotEcho() throws Exception {
        try (FileSettingsStore store = new FileSettingsStore(dir, null)) {
            store.load();
            List<Settings> heard = new CopyOnWriteArrayList<>();
            store.addListener(heard::add);
            store.startWatching();

            store.save(Settings.builder().maxSnoozes(1).build());
            assertThat(heard).hasSize(1);
            Thread.sleep(FileSettingsStore.DEBOUNCE.toMillis() + 700);
            assertThat(heard).as("our own save does not come back as an external edit").hasSize(1);

            // an editor writing in several steps: one reload with the final text
            String text = Files.readString(store.file());
            Files.writeString(store.file(), text.replace("snooze.max = 1", "snooze.max = 2"));
            Files.writeString(store.file(), text.replace("snooze.max = 1", "snooze.max = 9"));
            Waits.until("the edit heard", 10_000, () -> heard.size() >= 2);
            Thread.sleep(FileSettingsStore.DEBOUNCE.toMillis() + 300);
            assertThat(heard).extracting(Settings::maxSnoozes).containsExactly(1, 9);
            assertThat(store.current().maxSnoozes()).isEqualTo(9);

            // a replace by rename (how many editors save) is seen too
            Path tmp = dir.resolve("edit.tmp");
            Files.writeString(tmp, "snooze.max = 4\n");
            Files.move(tmp, store.file(), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Waits.until("the replace by rename heard", 10_000, () -> heard.size() >= 3);
            assertThat(heard).extracting(Settings::maxSnoozes).containsExactly(1, 9, 4);
        }
    }
}
