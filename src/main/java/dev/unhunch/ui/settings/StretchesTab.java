package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.SettingKey;
import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.settings.Settings;
import dev.unhunch.core.stretch.StretchPreferences;
import dev.unhunch.ui.i18n.LiveTexts;
import java.util.List;
import java.util.function.Function;
import java.awt.GridLayout;
import javax.swing.JCheckBox;
import javax.swing.JPanel;

/**
 * The "Stretches" tab: where you stretch and what you have, then the stretches grouped by posture
 * with their figure, what each needs, and Favourite / Never show. Ticking equipment greys in the
 * stretches it allows at once, before anything is saved, so the user sees what the planner will
 * offer; "Only what I can do" leaves the others out.
 */
final class StretchesTab {

    /** The settings of the place and the equipment, in the order shown. */
    static final List<SettingKey<Boolean>> PLACE = List.of(SettingKeys.STRETCH_AT_HOME,
            SettingKeys.EQUIPMENT_MAT, SettingKeys.EQUIPMENT_FOAM_ROLLER, SettingKeys.EQUIPMENT_WALL_OR_DOORWAY,
            SettingKeys.EQUIPMENT_LOW_BACKED_CHAIR);

    private StretchesTab() {
    }

    /**
     * The tab's form.
     *
     * @param field the dialog's editor of a key
     */
    static Form form(StretchChoices stretches, Function<String, SettingField> field) {
        List<SettingField> place = PLACE.stream().map(k -> field.apply(k.key())).toList();
        Runnable follow = () -> {
            Settings.Builder edited = Settings.builder();
            place.forEach(f -> f.applyTo(edited));
            StretchPreferences prefs = StretchPreferences.of(edited.build().stretches());
            // floor stretches come in long breaks: show what a long break may hold
            stretches.setPossible(s -> prefs.possible(s, true));
        };
        place.forEach(f -> f.addChangeListener(follow));
        follow.run();
        JCheckBox only = LiveTexts.text(new JCheckBox(), "stretches.onlyPossible");
        only.setName("stretches.onlyPossible");
        only.addItemListener(e -> stretches.setOnlyPossible(only.isSelected()));
        // the four check boxes two by two: short, and in the order of the first-run sheet
        JPanel have = new JPanel(new GridLayout(0, 2, 16, 2));
        place.subList(1, place.size()).forEach(f -> have.add(f.editor()));
        return new Form().field(place.get(0)).section("settings.section.equipment").row(null, have)
                .section("settings.section.stretches").row(null, only).fill(stretches.component());
    }
}
