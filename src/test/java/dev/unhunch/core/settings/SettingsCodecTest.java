package dev.unhunch.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsCodecTest {

    @Test
    void defaultsMatchTheBrief() {
        Settings s = Settings.defaults();
        assertThat(s.micro()).isEqualTo(new BreakSettings(true, Duration.ofMinutes(20), Duration.ofSeconds(30)));
        assertThat(s.longBreak()).isEqualTo(new BreakSettings(true, Duration.ofMinutes(60), Duration.ofMinutes(5)));
        assertThat(s.noticeLength()).isEqualTo(Duration.ofSeconds(15));
        assertThat(s.snoozeLength()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.maxSnoozes()).isEqualTo(3);
        assertThat(s.strictMode()).isFalse();
        assertThat(s.dailyLimitEnabled()).isFalse();
        assertThat(s.dailyLimit()).isEqualTo(Duration.ofHours(8));
        assertThat(s.workingHours().isAlways()).isTrue();
        assertThat(s.pauseUntilTomorrowAt()).isEqualTo(LocalTime.of(8, 0));
        assertThat(s.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(s.sounds()).isTrue();
        assertThat(s.language()).isEqualTo("system");
        assertThat(SettingKeys.validate(s)).isEmpty();
    }

    @Test
    void keysAreUniqueAndLabelled() {
        assertThat(new HashSet<>(SettingKeys.ALL.stream().map(SettingKey::key).toList())).hasSize(SettingKeys.ALL.size());
        assertThat(SettingKeys.ALL).allSatisfy(k -> assertThat(k.label()).isNotBlank());
        assertThat(SettingsCodec.encode(Settings.defaults())).containsOnlyKeys(
                SettingKeys.ALL.stream().map(SettingKey::key).toList());
    }

    @Test
    void encodesDefaultsAsReadableText() {
        Map<String, String> m = SettingsCodec.encode(Settings.defaults());
        assertThat(m).contains(entry("micro.interval", "20m"), entry("micro.length", "30s"),
                entry("long.length", "5m"), entry("daily.limit", "8h"), entry("working.hours", ""),
                entry("pause.tomorrow.at", "08:00"), entry("theme", "system"), entry("snooze.max", "3"));
    }

    @Test
    void roundTripsEverySetting() {
        Settings s = Settings.builder()
                .microEnabled(false).microInterval(Duration.ofMinutes(25)).microLength(Duration.ofSeconds(45))
                .longInterval(Duration.ofMinutes(90)).longLength(Duration.ofMinutes(10))
                .noticeLength(Duration.ZERO).snoozeLength(Duration.ofMinutes(3)).maxSnoozes(0).strictMode(true)
                .dailyLimitEnabled(true).dailyLimit(Duration.ofHours(6).plusMinutes(30))
                .workingHours(WorkingHours.parse("mon-fri 09:00-12:30,13:30-17:30"))
                .pauseUntilTomorrowAt(LocalTime.of(7, 30))
                .activityNoise(Duration.ofSeconds(3)).activityActive(Duration.ofSeconds(1))
                .activityIdle(Duration.ofSeconds(20))
                .atHome(true).favourites(List.of("neck-tilt", "wrist.flex")).neverShow(List.of("deep_squat"))
                .theme(Theme.DARK).reducedMotion(true).sounds(false).autostart(true).language("de-CH")
                .build();
        SettingsCodec.Decoded d = SettingsCodec.decode(SettingsCodec.encode(s));
        assertThat(d.problems()).isEmpty();
        assertThat(d.unknown()).isEmpty();
        assertThat(d.settings()).isEqualTo(s);
    }

    @Test
    void badValueFallsBackToDefaultWithActionableProblem() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("micro.interval", "15h");
        m.put("micro.length", "half a minute");
        m.put("snooze.max", "x");
        m.put("strict", "maybe");
        m.put("language", "not a tag!");
        m.put("stretch.never", "Bad Id");
        m.put("long.interval", "45m");
        SettingsCodec.Decoded d = SettingsCodec.decode(m);
        assertThat(d.settings().micro().interval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(d.settings().longBreak().interval()).isEqualTo(Duration.ofMinutes(45));
        assertThat(d.problems()).extracting(Problem::message).containsExactly(
                "micro.interval: must be between 1m and 4h, was 15h; using 20m",
                "micro.length: not a duration: 'half a minute' (use e.g. 20m, 30s, 1h30m); using 30s",
                "snooze.max: must be a whole number, was 'x'; using 3",
                "strict: must be true or false, was 'maybe'; using false",
                "language: must be 'system' or a language tag like en, de-CH or pt-BR, was 'not a tag!'; using system",
                "stretch.never: 'Bad Id' is not a stretch id (lower-case letters, digits, '.', '_', '-'); using ");
        assertThat(d.problems().get(0)).isEqualTo(new Problem("micro.interval", "15h", "20m",
                "micro.interval: must be between 1m and 4h, was 15h; using 20m",
                Reason.of(Reason.Code.RANGE, "1m", "4h", "15h")));
        // windows word the refusal in their own language from the code
        assertThat(d.problems()).extracting(p -> p.reason().code()).containsExactly(Reason.Code.RANGE,
                Reason.Code.NOT_DURATION, Reason.Code.NOT_NUMBER, Reason.Code.NOT_BOOLEAN,
                Reason.Code.NOT_LANGUAGE, Reason.Code.NOT_STRETCH_ID);
    }

    @Test
    void unknownKeysAreReportedSeparatelyInOrder() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zeta.future", "1");
        m.put("micro.interval", "30m");
        m.put("alpha.old", "x");
        SettingsCodec.Decoded d = SettingsCodec.decode(m);
        assertThat(d.problems()).isEmpty();
        assertThat(d.unknown().keySet()).containsExactly("zeta.future", "alpha.old");
        assertThat(d.settings().micro().interval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void crossFieldRuleFallsBackBothThresholds() {
        SettingsCodec.Decoded d = SettingsCodec.decode(Map.of("activity.noise", "30s", "activity.idle", "20s"));
        assertThat(d.problems()).singleElement().extracting(Problem::message).isEqualTo(
                "activity.noise: must not be longer than activity.idle (20s), was 30s; using activity.noise 5s and activity.idle 10s");
        assertThat(d.settings().activity()).isEqualTo(Settings.defaults().activity());
    }

    @Test
    void validateReportsEveryOutOfRangeValue() {
        Settings s = Settings.builder().microInterval(Duration.ofMinutes(900)).maxSnoozes(-1).build();
        assertThat(SettingKeys.validate(s)).extracting(Problem::message).containsExactly(
                "micro.interval: must be between 1m and 4h, was 15h",
                "snooze.max: must be between 0 and 20, was -1");
    }

    @Test
    void typedKeysExposeRangesForTheDialog() {
        assertThat(SettingKeys.MICRO_INTERVAL.min()).isEqualTo(Duration.ofMinutes(1));
        assertThat(SettingKeys.MICRO_INTERVAL.max()).isEqualTo(Duration.ofHours(4));
        assertThat(SettingKeys.MICRO_INTERVAL.type()).isEqualTo(SettingType.DURATION);
        assertThat(SettingKeys.THEME.choices()).containsExactly("light", "dark", "system");
        assertThat(SettingKeys.byName("snooze.max")).contains(SettingKeys.SNOOZE_MAX);
        Settings.Builder b = Settings.defaults().toBuilder();
        SettingKeys.MICRO_INTERVAL.setText(b, "1h30m");
        assertThat(b.build().micro().interval()).isEqualTo(Duration.ofMinutes(90));
    }
}
