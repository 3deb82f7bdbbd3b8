package dev.unhunch.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unhunch.core.breaks.BreakStage;
import dev.unhunch.testsupport.Screenshots;
import java.awt.Rectangle;
import javax.swing.JFrame;
import javax.swing.JTextField;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** The notice appears while the user types elsewhere and leaves their typing alone. */
class NoticeFocusGuiTest extends GuiTestBase {

    @Test
    void theNoticeDoesNotTakeFocusFromTextBeingTyped() {
        start(BreakSession.microOnly());
        JTextField field = GuiActionRunner.execute(() -> {
            JFrame editor = new JFrame("Someone's editor");
            JTextField f = new JTextField(30);
            f.setName("editor.field");
            editor.add(f);
            editor.pack();
            editor.setLocation(200, 200);
            editor.setVisible(true);
            return f;
        });
        FrameFixture editor = new FrameFixture(robot, (JFrame) GuiActionRunner.execute(
                () -> javax.swing.SwingUtilities.getWindowAncestor(field)));
        editor.textBox("editor.field").focus().enterText("Dear team, ");

        session.untilNotice();
        FrameFixture notice = notice();
        notice.requireVisible();
        assertThat(session.stage()).isEqualTo(BreakStage.NOTICE);
        assertThat(GuiActionRunner.execute(field::isFocusOwner)).isTrue();
        assertThat(GuiActionRunner.execute(() -> notice.target().isFocused())).isFalse();
        assertThat(notice.target().getFocusableWindowState()).isFalse();

        // typing on goes to the editor, not the notice (whose Enter would start the break)
        robot.enterText("the release is ready.");
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(editor.textBox("editor.field").text()).isEqualTo("Dear team, the release is ready.");
        assertThat(GuiActionRunner.execute(field::isFocusOwner)).isTrue();
        assertThat(session.stage()).isEqualTo(BreakStage.NOTICE);

        // near the top-right corner of the screen
        Rectangle bounds = GuiActionRunner.execute(() -> notice.target().getBounds());
        Rectangle screen = GuiActionRunner.execute(() -> notice.target().getGraphicsConfiguration().getBounds());
        assertThat(screen.x + screen.width - (bounds.x + bounds.width)).isBetween(0, 40);
        assertThat(bounds.y - screen.y).isBetween(0, 60);
        Screenshots.take("notice-over-editor");
    }
}
