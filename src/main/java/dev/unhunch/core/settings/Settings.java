package dev.unhunch.core.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * All user settings, immutable. Every field has one string key, type, default, range and label
 * in {@link SettingKeys}; {@link SettingsCodec} converts to and from the flat text map that the
 * storage layer writes.
 *
 * <p>The record only rejects nulls; ranges are checked by {@link SettingKeys#validate(Settings)}
 * so that a dialog can hold and explain an out-of-range value. Settings coming from
 * {@link SettingsCodec#decode} are always valid.
 *
 * @param micro the short, frequent break
 * @param longBreak the long, rarer break; taking it also resets the micro break
 * @param noticeLength how long before a break is due the notice appears ({@code 0} = no notice)
 * @param snoozeLength active time a snooze postpones a break by
 * @param maxSnoozes how often one break may be snoozed
 * @param strictMode when true, breaks cannot be snoozed or skipped
 * @param dailyLimitEnabled whether to warn after {@code dailyLimit} of activity in a day
 * @param dailyLimit active time per calendar day after which the daily-limit notice appears
 * @param workingHours when breaks count and appear
 * @param pauseUntilTomorrowAt local time at which "pause until tomorrow" ends
 * @param activity thresholds that turn idle readings into activity
 * @param stretches stretch filters for the routine planner
 * @param theme light, dark or system
 * @param reducedMotion when true, no animations
 * @param sounds whether to play sounds at break start and end
 * @param autostart whether to start with the desktop session
 * @param language {@code system} or a BCP-47 language tag such as {@code de-CH}
 * @param defer "don't interrupt": the checks that make a due break wait, and the longest wait
 */
public record Settings(
        BreakSettings micro,
        BreakSettings longBreak,
        Duration noticeLength,
        Duration snoozeLength,
        int maxSnoozes,
        boolean strictMode,
        boolean dailyLimitEnabled,
        Duration dailyLimit,
        WorkingHours workingHours,
        LocalTime pauseUntilTomorrowAt,
        ActivityThresholds activity,
        StretchFilters stretches,
        Theme theme,
        boolean reducedMotion,
        boolean sounds,
        boolean autostart,
        String language,
        DeferSettings defer) {

    /** The language value that means "follow the operating system". */
    public static final String SYSTEM_LANGUAGE = "system";

    public Settings {
        Objects.requireNonNull(micro, "micro");
        Objects.requireNonNull(longBreak, "longBreak");
        Objects.requireNonNull(noticeLength, "noticeLength");
        Objects.requireNonNull(snoozeLength, "snoozeLength");
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(pauseUntilTomorrowAt, "pauseUntilTomorrowAt");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(stretches, "stretches");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(defer, "defer");
    }

    private static final Settings DEFAULTS = new Builder().build();

    /** The settings of a fresh install. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings, for changing a few values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable, flat builder: one setter per key in {@link SettingKeys}. */
    public static final class Builder {
        boolean microEnabled = true;
        Duration microInterval = Duration.ofMinutes(20);
        Duration microLength = Duration.ofSeconds(30);
        boolean longEnabled = true;
        Duration longInterval = Duration.ofMinutes(60);
        Duration longLength = Duration.ofMinutes(5);
        Duration noticeLength = Duration.ofSeconds(15);
        Duration snoozeLength = Duration.ofMinutes(5);
        int maxSnoozes = 3;
        boolean strictMode;
        boolean dailyLimitEnabled;
        Duration dailyLimit = Duration.ofHours(8);
        WorkingHours workingHours = WorkingHours.always();
        LocalTime pauseUntilTomorrowAt = LocalTime.of(8, 0);
        Duration activityNoise = Duration.ofSeconds(5);
        Duration activityActive = Duration.ofSeconds(2);
        Duration activityIdle = Duration.ofSeconds(10);
        boolean atHome;
        List<String> favourites = List.of();
        List<String> neverShow = List.of();
        boolean mat;
        boolean foamRoller;
        boolean wallOrDoorway = true;
        boolean lowBackedChair;
        Theme theme = Theme.SYSTEM;
        boolean reducedMotion;
        boolean sounds = true;
        boolean autostart;
        String language = SYSTEM_LANGUAGE;
        boolean deferMicrophone = true;
        boolean deferCamera = true;
        boolean deferFullScreen = true;
        boolean deferDoNotDisturb = true;
        Duration maxDeferral = Duration.ofMinutes(30);

        Builder() {
        }

        Builder(Settings s) {
            microEnabled = s.micro.enabled();
            microInterval = s.micro.interval();
            microLength = s.micro.length();
            longEnabled = s.longBreak.enabled();
            longInterval = s.longBreak.interval();
            longLength = s.longBreak.length();
            noticeLength = s.noticeLength;
            snoozeLength = s.snoozeLength;
            maxSnoozes = s.maxSnoozes;
            strictMode = s.strictMode;
            dailyLimitEnabled = s.dailyLimitEnabled;
            dailyLimit = s.dailyLimit;
            workingHours = s.workingHours;
            pauseUntilTomorrowAt = s.pauseUntilTomorrowAt;
            activityNoise = s.activity.noise();
            activityActive = s.activity.active();
            activityIdle = s.activity.idle();
            atHome = s.stretches.atHome();
            favourites = s.stretches.favourites();
            neverShow = s.stretches.neverShow();
            mat = s.stretches.kit().mat();
            foamRoller = s.stretches.kit().foamRoller();
            wallOrDoorway = s.stretches.kit().wallOrDoorway();
            lowBackedChair = s.stretches.kit().lowBackedChair();
            theme = s.theme;
            reducedMotion = s.reducedMotion;
            sounds = s.sounds;
            autostart = s.autostart;
            language = s.language;
            deferMicrophone = s.defer.microphone();
            deferCamera = s.defer.camera();
            deferFullScreen = s.defer.fullScreen();
            deferDoNotDisturb = s.defer.doNotDisturb();
            maxDeferral = s.defer.maxDeferral();
        }

        public Builder microEnabled(boolean v) { microEnabled = v; return this; }
        public Builder microInterval(Duration v) { microInterval = v; return this; }
        public Builder microLength(Duration v) { microLength = v; return this; }
        public Builder longEnabled(boolean v) { longEnabled = v; return this; }
        public Builder longInterval(Duration v) { longInterval = v; return this; }
        public Builder longLength(Duration v) { longLength = v; return this; }
        public Builder noticeLength(Duration v) { noticeLength = v; return this; }
        public Builder snoozeLength(Duration v) { snoozeLength = v; return this; }
        public Builder maxSnoozes(int v) { maxSnoozes = v; return this; }
        public Builder strictMode(boolean v) { strictMode = v; return this; }
        public Builder dailyLimitEnabled(boolean v) { dailyLimitEnabled = v; return this; }
        public Builder dailyLimit(Duration v) { dailyLimit = v; return this; }
        public Builder workingHours(WorkingHours v) { workingHours = v; return this; }
        public Builder pauseUntilTomorrowAt(LocalTime v) { pauseUntilTomorrowAt = v; return this; }
        public Builder activityNoise(Duration v) { activityNoise = v; return this; }
        public Builder activityActive(Duration v) { activityActive = v; return this; }
        public Builder activityIdle(Duration v) { activityIdle = v; return this; }
        public Builder atHome(boolean v) { atHome = v; return this; }
        public Builder favourites(List<String> v) { favourites = List.copyOf(v); return this; }
        public Builder neverShow(List<String> v) { neverShow = List.copyOf(v); return this; }
        public Builder mat(boolean v) { mat = v; return this; }
        public Builder foamRoller(boolean v) { foamRoller = v; return this; }
        public Builder wallOrDoorway(boolean v) { wallOrDoorway = v; return this; }
        public Builder lowBackedChair(boolean v) { lowBackedChair = v; return this; }
        public Builder theme(Theme v) { theme = v; return this; }
        public Builder reducedMotion(boolean v) { reducedMotion = v; return this; }
        public Builder sounds(boolean v) { sounds = v; return this; }
        public Builder autostart(boolean v) { autostart = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder deferMicrophone(boolean v) { deferMicrophone = v; return this; }
        public Builder deferCamera(boolean v) { deferCamera = v; return this; }
        public Builder deferFullScreen(boolean v) { deferFullScreen = v; return this; }
        public Builder deferDoNotDisturb(boolean v) { deferDoNotDisturb = v; return this; }
        public Builder maxDeferral(Duration v) { maxDeferral = v; return this; }

        /** The immutable settings. */
        public Settings build() {
            return new Settings(
                    new BreakSettings(microEnabled, microInterval, microLength),
                    new BreakSettings(longEnabled, longInterval, longLength),
                    noticeLength, snoozeLength, maxSnoozes, strictMode,
                    dailyLimitEnabled, dailyLimit, workingHours, pauseUntilTomorrowAt,
                    new ActivityThresholds(activityNoise, activityActive, activityIdle),
                    new StretchFilters(atHome, favourites, neverShow,
                            new Kit(mat, foamRoller, wallOrDoorway, lowBackedChair)),
                    theme, reducedMotion, sounds, autostart, language,
                    new DeferSettings(deferMicrophone, deferCamera, deferFullScreen, deferDoNotDisturb, maxDeferral));
        }
    }
}
