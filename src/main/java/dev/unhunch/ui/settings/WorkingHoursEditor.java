package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.WorkingHours;
import dev.unhunch.ui.i18n.LiveTexts;
import dev.unhunch.ui.i18n.Texts;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Working hours as a person sets them: "only on these days and hours", then one row per weekday
 * (named in the language in use) with a check box and its time ranges; a day may have several
 * ranges (a lunch break), added with "+" and removed with "×". It reads and writes the file's text
 * form ({@link WorkingHours}), so that form stays as it is.
 */
final class WorkingHoursEditor extends JPanel {

    private static final String[] IDS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private final JCheckBox restrict = LiveTexts.text(new JCheckBox(), "hours.restrict");
    private final Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean showing;

    WorkingHoursEditor() {
        super(new GridBagLayout());
        setOpaque(false);
        setName("setting.working.hours");
        restrict.setName("hours.restrict");
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 3;
        c.anchor = GridBagConstraints.LINE_START;
        add(restrict, c);
        for (DayOfWeek d : DayOfWeek.values()) {
            Day day = new Day(d);
            days.put(d, day);
            c = new GridBagConstraints();
            c.gridy = d.getValue();
            c.anchor = GridBagConstraints.LINE_START;
            c.insets = new Insets(1, 18, 1, 6);
            add(day.box, c);
            c.gridx = 1;
            c.insets = new Insets(1, 0, 1, 4);
            add(day.ranges, c);
            c.gridx = 2;
            c.weightx = 1;
            add(day.add, c);
        }
        restrict.addItemListener(e -> {
            if (!showing && restrict.isSelected() && days.values().stream().noneMatch(x -> x.box.isSelected())) {
                showing = true; // a useful start: the working week, nine to five
                for (DayOfWeek d : DayOfWeek.values()) {
                    days.get(d).set(d.getValue() <= 5 ? List.of(new int[] {9 * 60, 17 * 60}) : List.of());
                }
                showing = false;
            }
            changed();
        });
        relabel();
        enableRows();
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Weekday names in the language in use, e.g. "Mo" in German. */
    void relabel() {
        Locale locale = Texts.locale();
        for (Day day : days.values()) {
            // the JDK's words for the language, marked like the bundle's in the test language
            String full = marked(day.day.getDisplayName(TextStyle.FULL, locale));
            LiveTexts.plain(day.box, marked(day.day.getDisplayName(TextStyle.SHORT, locale).replace(".", "")));
            day.box.setToolTipText(full);
            day.box.getAccessibleContext().setAccessibleName(full);
            LiveTexts.tip(day.add, "hours.addRange");
        }
    }

    private static String marked(String jdkWord) {
        return Texts.isPseudo() ? Texts.pseudo(jdkWord) : jdkWord;
    }

    /** The file's text form: empty for always. */
    String text() {
        if (!restrict.isSelected()) {
            return "";
        }
        List<String> groups = new ArrayList<>();
        for (Day day : days.values()) {
            if (day.box.isSelected()) {
                List<String> ranges = new ArrayList<>();
                for (TimeInput[] r : day.inputs) {
                    ranges.add(r[0].text() + "-" + r[1].text());
                }
                groups.add(IDS[day.day.ordinal()] + " " + String.join(",", ranges));
            }
        }
        return String.join("; ", groups);
    }

    /** Shows the file's text form. */
    void setText(String text) {
        WorkingHours hours;
        try {
            hours = WorkingHours.parse(text);
        } catch (IllegalArgumentException e) {
            hours = WorkingHours.always(); // the dialog marks the file's bad text
        }
        showing = true;
        try {
            restrict.setSelected(!hours.isAlways());
            for (Day day : days.values()) {
                List<int[]> ranges = new ArrayList<>();
                if (!hours.isAlways()) {
                    for (WorkingHours.Range r : hours.ranges(day.day)) {
                        ranges.add(new int[] {minutes(r.start()), r.end() == null ? 24 * 60 : minutes(r.end())});
                    }
                }
                day.set(ranges);
            }
        } finally {
            showing = false;
        }
        enableRows();
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        restrict.setEnabled(enabled);
        enableRows();
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    private void enableRows() {
        boolean on = isEnabled() && restrict.isSelected();
        for (Day day : days.values()) {
            day.box.setEnabled(on);
            boolean dayOn = on && day.box.isSelected();
            for (java.awt.Component c : day.ranges.getComponents()) {
                c.setEnabled(dayOn);
                if (c instanceof TimeInput t) {
                    t.setEnabled(dayOn);
                }
            }
            day.add.setEnabled(dayOn);
        }
    }

    private void changed() {
        if (showing) {
            return;
        }
        if (restrict.isSelected() && days.values().stream().noneMatch(x -> x.box.isSelected())) {
            showing = true;
            restrict.setSelected(false); // no day ticked: breaks count at every hour, as the file says
            showing = false;
        }
        enableRows();
        listeners.forEach(Runnable::run);
    }

    /** One weekday's row. */
    private final class Day {
        final DayOfWeek day;
        final JCheckBox box = new JCheckBox();
        final JPanel ranges = new JPanel(new FlowLayout(FlowLayout.LEADING, 2, 0));
        final JButton add = new JButton("+");
        final List<TimeInput[]> inputs = new ArrayList<>();

        Day(DayOfWeek day) {
            this.day = day;
            String id = IDS[day.ordinal()];
            box.setName("hours.day." + id);
            add.setName("hours." + id + ".add");
            add.putClientProperty("JButton.buttonType", "toolBarButton");
            ranges.setOpaque(false);
            box.addItemListener(e -> {
                if (!showing && box.isSelected() && inputs.isEmpty()) {
                    showing = true;
                    set(List.of(new int[] {9 * 60, 17 * 60}));
                    showing = false;
                }
                changed();
            });
            add.addActionListener(e -> {
                int from = inputs.isEmpty() ? 9 * 60 : Math.min(inputs.get(inputs.size() - 1)[1].minutes(), 23 * 60);
                List<int[]> now = current();
                now.add(new int[] {from, Math.min(from + 60, 24 * 60)});
                set(now);
                changed();
            });
        }

        List<int[]> current() {
            List<int[]> out = new ArrayList<>();
            for (TimeInput[] r : inputs) {
                out.add(new int[] {r[0].minutes(), r[1].minutes()});
            }
            return out;
        }

        /** Rebuilds the row's ranges; an empty list is a day off. */
        void set(List<int[]> list) {
            ranges.removeAll();
            inputs.clear();
            String id = IDS[day.ordinal()];
            box.setSelected(!list.isEmpty());
            List<int[]> shown = list.isEmpty() ? List.of(new int[] {9 * 60, 17 * 60}) : list;
            for (int i = 0; i < shown.size(); i++) {
                TimeInput start = new TimeInput("hours." + id + "." + i + ".start", false);
                TimeInput end = new TimeInput("hours." + id + "." + i + ".end", true);
                start.setMinutes(shown.get(i)[0]);
                end.setMinutes(shown.get(i)[1]);
                start.onChange(WorkingHoursEditor.this::changed);
                end.onChange(WorkingHoursEditor.this::changed);
                if (i > 0) {
                    ranges.add(new JLabel(" , "));
                }
                ranges.add(start);
                ranges.add(new JLabel("\u2013"));
                ranges.add(end);
                if (shown.size() > 1) {
                    JButton remove = new JButton("\u00d7");
                    remove.setName("hours." + id + "." + i + ".remove");
                    remove.putClientProperty("JButton.buttonType", "toolBarButton");
                    LiveTexts.tip(remove, "hours.removeRange");
                    int index = i;
                    remove.addActionListener(e -> {
                        List<int[]> now = current();
                        now.remove(index);
                        set(now);
                        changed();
                    });
                    ranges.add(remove);
                }
                inputs.add(new TimeInput[] {start, end});
            }
            if (list.isEmpty()) {
                inputs.clear(); // the 9-17 shown for a day off is only a suggestion
            }
            ranges.revalidate();
            ranges.repaint();
            enableRows();
        }
    }
}
