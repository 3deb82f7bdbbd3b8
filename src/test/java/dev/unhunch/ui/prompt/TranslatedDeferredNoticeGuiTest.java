package dev.unhunch.ui.prompt;

import dev.unhunch.core.breaks.BreakKind;
import dev.unhunch.core.breaks.BreakPrompt;
import dev.unhunch.core.breaks.CommandResult;
import dev.unhunch.core.breaks.Interruption;
import dev.unhunch.core.stretch.PlannedStretch;
import dev.unhunch.core.stretch.Routine;
import dev.unhunch.core.stretch.StretchCatalog;
import dev.unhunch.testsupport.ClippedTexts;
import dev.unhunch.testsupport.RequiresDisplay;
import dev.unhunch.testsupport.Screenshots;
import dev.unhunch.testsupport.UnmarkedTexts;
import dev.unhunch.ui.breakwindow.BreakActions;
import dev.unhunch.ui.i18n.Texts;
import dev.unhunch.ui.theme.Themes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notice of a break that waited for a call, full screen or do-not-disturb ("after your call",
 * "whenever you are ready"): under the marking test language only bundle texts, and in every
 * translation nothing cut off, with pictures to look at (target/screenshots/lang-*-notice-after-*).
 * The usual notice is walked by the break tests; these words appear only after a wait.
 */
@RequiresDisplay
@Timeout(60)
class TranslatedDeferredNoticeGuiTest {

    private static final StretchCatalog CATALOG = StretchCatalog.bundled();
    private static final BreakActions ACCEPTING = new BreakActions() {
        @Override public CommandResult startNow() { return CommandResult.ok("ok"); }
        @Override public CommandResult snooze() { return CommandResult.ok("ok"); }
        @Override public CommandResult skip() { return CommandResult.ok("ok"); }
        @Override public CommandResult done() { return CommandResult.ok("ok"); }
        @Override public CommandResult stretchNow(Duration length) { return CommandResult.ok("ok"); }
        @Override public CommandResult endEarly() { return CommandResult.ok("ok"); }
        @Override public CommandResult stopStretching() { return CommandResult.ok("ok"); }
        @Override public CommandResult restartRoutine(Duration length) { return CommandResult.ok("ok"); }
    };

    private BreakNotice notice;
    private Robot robot;

    @BeforeAll
    static void lightTheme() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.install(false));
    }

    @BeforeEach
    void robot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void closeAndEnglish() {
        robot.cleanUp();
        if (notice != null) {
            GuiActionRunner.execute(() -> notice.frame().dispose());
        }
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void underTheMarkingLanguageAWaitedNoticeShowsOnlyBundleTexts() {
        Texts.setLocale(Texts.PSEUDO);
        for (Interruption after : Interruption.values()) {
            show(after, false);
            UnmarkedTexts.require(notice.frame());
            show(after, true);
            UnmarkedTexts.require(notice.frame());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es", "fr", "pt-BR"})
    void everyTranslationOfAWaitedNoticeFits(String language) {
        Texts.useLanguage(language);
        for (Interruption after : Interruption.values()) {
            show(after, false);
            Screenshots.of("lang-" + language + "-notice-after-" + after.id(), notice.frame()).requirePainted();
            ClippedTexts.require(notice.frame());
        }
        show(Interruption.DO_NOT_DISTURB, true);
        Screenshots.of("lang-" + language + "-notice-gently", notice.frame()).requirePainted();
        ClippedTexts.require(notice.frame());
    }

    /** Opens the notice of a long break that waited for {@code after}; gently after the longest wait. */
    private void show(Interruption after, boolean gentle) {
        Routine routine = new Routine(List.of(new PlannedStretch(CATALOG.byId("chair-twist").orElseThrow(), 1,
                List.of(20), false)), "safe");
        BreakPrompt prompt = new BreakPrompt(BreakKind.LONG, Duration.ofSeconds(15), Duration.ofMinutes(5), 0, 3,
                false, false, after, gentle);
        GuiActionRunner.execute(() -> {
            if (notice == null) {
                notice = new BreakNotice(ACCEPTING);
            }
            notice.close(); // each offer placed in its corner by its own width, as a new offer is
            notice.open(prompt, routine, Duration.ofMinutes(5));
        });
        robot.waitForIdle(); // shown and painted before a picture is taken
    }
}
