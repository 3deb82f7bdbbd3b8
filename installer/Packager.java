import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds Unhunch's installers from target/unhunch.jar + target/lib with the given JDK's jlink and
 * jpackage. Run by {@code mvn -Pinstaller package}, or by hand after {@code mvn package}:
 * <pre>java installer/Packager.java --jdk=/usr/lib/jvm/temurin-25-jdk-amd64 --types=app-image,deb,rpm</pre>
 * Steps: trimmed runtime (installer/modules.txt) → app image (installer/jvm-options.txt) → a
 * start-up AOT cache from a training run on a display (Java 25+ runtimes only) → the native
 * packages from that image.
 * Options: --jdk, --types, --version, --main-class, --cds=auto|off, --dest (default target/installer).
 * With {@code --argfile=PATH} it only writes the launcher's JVM options for the JDK running it (or
 * {@code --jdk}) as a {@code java @PATH} argument file, for running the built jar with the same
 * options as the package (README: {@code java @target/unhunch.args -jar target/unhunch.jar}).
 */
public final class Packager {

    static final String NAME = "unhunch";
    static final String VENDOR = "Unhunch";
    static final String DESCRIPTION = "Reminds you to stretch after real keyboard and mouse activity";
    /** Never change: Windows Installer upgrades the installed version only when this matches. */
    static final String WIN_UPGRADE_UUID = "6f5c3f8e-2d1a-4c47-9a57-2b7d0f6e4a11";
    static final String MAC_BUNDLE_ID = "dev.unhunch.Unhunch";

    final Map<String, String> opts = new HashMap<>();
    final Path dest;
    final Path jdk;
    final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    /**
     * One time stamp for every file of the image, also handed to dpkg-deb and rpmbuild as
     * SOURCE_DATE_EPOCH (they clamp newer mtimes to it): the class-data archive records each jar's
     * mtime and the JVM ignores the archive when an installed jar's differs.
     */
    final long epoch = System.currentTimeMillis() / 1000 - 60;

    Packager(String[] args) {
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        dest = Path.of(opts.getOrDefault("dest", "target/installer")).toAbsolutePath();
        jdk = Path.of(opts.getOrDefault("jdk", System.getProperty("java.home")));
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Packager packager = new Packager(args);
        if (packager.opts.containsKey("argfile")) {
            packager.writeArgFile(Path.of(packager.opts.get("argfile")));
            return;
        }
        packager.run();
        System.out.printf("Packager: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    void run() throws Exception {
        Path jar = Path.of("target/unhunch.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("target/unhunch.jar is missing: run 'mvn package' first");
        }
        deleteTree(dest);
        Path input = dest.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve("unhunch.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        try (Stream<Path> libs = Files.list(Path.of("target/lib"))) {
            for (Path lib : libs.collect(Collectors.toList())) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        int feature = jdkFeature();
        boolean aotCache = !"off".equals(opts.get("cds")) && feature >= 25;
        Path runtime = dest.resolve("runtime");
        exec(jlinkCommand(feature, aotCache, runtime), Map.of());
        stripSymbolTables(runtime);

        Path images = dest.resolve("image");
        List<String> image = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image", "--dest", images.toString(),
                "--name", NAME, "--app-version", appVersion(), "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "Unhunch contributors", "--input", input.toString(), "--main-jar", "unhunch.jar",
                "--main-class", opts.getOrDefault("main-class", "dev.unhunch.app.Main"),
                "--runtime-image", runtime.toString(), "--icon", icon().toString()));
        for (String option : jvmOptions(lines(Path.of("installer/jvm-options.txt")), feature)) {
            image.addAll(List.of("--java-options", option));
        }
        if (os.contains("mac")) {
            image.addAll(List.of("--mac-package-identifier", MAC_BUNDLE_ID, "--mac-package-name", "Unhunch"));
        }
        exec(image, Map.of());
        Path appImage = images.resolve(os.contains("mac") ? "unhunch.app" : NAME);
        stampTree(appImage);
        // Java 17's dynamic archive names each jar by its build-time path and is dropped once installed
        // under /usr/lib/unhunch ("APP classpath mismatch"); the AOT cache of Java 25 is relocatable.
        if (aotCache) {
            new StartupArchive(this, appImage, feature).create();
        }
        if (os.contains("linux")) {
            new DirectLauncher(appImage, jdk).write();
            stampTree(appImage);
        }
        for (String type : opts.getOrDefault("types", "app-image").split(",")) {
            if (type.isBlank() || type.equals("app-image")) {
                continue;
            }
            if (type.trim().equals("rpm") && !onPath("rpmbuild")) {
                System.out.println("Packager: no .rpm, since rpmbuild is not installed (Debian: apt-get install rpm)");
                continue;
            }
            exec(packageCommand(type.trim(), appImage), packagingEnvironment());
        }
        System.out.println("Packager: runtime of Java " + feature + ", outputs in " + dest);
    }

    /**
     * The jlink command for the bundled runtime: only the modules in installer/modules.txt, no Java
     * debug attributes, no man pages or C headers. The default CDS archives
     * (lib/server/classes*.jsa, 28 MB) are left out when the AOT cache replaces them: a JVM started
     * with -XX:AOTCache maps only the cache (bench/README.md, "Package size"). bin/java (60 kB) stays
     * (no --strip-native-commands): the AOT cache is assembled by a child java process.
     */
    List<String> jlinkCommand(int feature, boolean aotCache, Path runtime) throws IOException {
        List<String> jlink = new ArrayList<>(List.of(tool("jlink"), "--add-modules",
                String.join(",", lines(Path.of("installer/modules.txt"))), "--strip-debug", "--no-man-pages",
                "--no-header-files", "--output", runtime.toString()));
        // No --compress: zip-6 makes lib/modules 58 -> 27 MB installed, but xz then packs it into
        // 26 MB instead of 12 MB, so the .deb grew from 47 to 55 MB (bench/README.md, "Package size").
        if (!aotCache) {
            jlink.add("--generate-cds-archive"); // the base CDS archive of the trimmed runtime
        }
        return jlink;
    }

    /**
     * Removes the symbol tables (.symtab) of the runtime's native libraries on Linux: the JDK ships
     * them without debug sections but with full symbol tables (libjvm.so 29.8 -> 24.8 MB). A crash
     * report (hs_err) then names native frames by library and offset instead of by function. Skipped
     * when {@code strip} is missing or {@code --strip-native=off}.
     */
    void stripSymbolTables(Path runtime) throws IOException, InterruptedException {
        if (!os.contains("linux") || "off".equals(opts.get("strip-native")) || !onPath("strip")) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> walk = Files.walk(runtime.resolve("lib"))) {
            walk.filter(p -> p.getFileName().toString().endsWith(".so")).map(Path::toString).forEach(command::add);
        }
        exec(command, Map.of());
    }

    /** The launcher's JVM options for this JDK, one per line, as a {@code java @file} argument file. */
    void writeArgFile(Path file) throws IOException {
        List<String> options = jvmOptions(lines(Path.of("installer/jvm-options.txt")), jdkFeature());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, options);
        System.out.println("Packager: " + file + " holds the launcher's " + options.size() + " JVM options for Java "
                + jdkFeature());
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    List<String> packageCommand(String type, Path appImage) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(tool("jpackage"), "--type", type, "--app-image", appImage.toString(),
                "--dest", dest.toString(), "--name", NAME, "--app-version", appVersion(), "--vendor", VENDOR,
                "--description", DESCRIPTION, "--resource-dir", Path.of("installer", osDir()).toAbsolutePath().toString()));
        switch (type) {
            case "deb", "rpm" -> {
                // /usr tree: the launcher becomes /usr/bin/unhunch, the app goes to /usr/lib/unhunch.
                cmd.addAll(List.of("--install-dir", "/usr", "--linux-shortcut", "--linux-menu-group", "Utility;",
                        "--linux-app-category", type.equals("deb") ? "utils" : "Applications/Productivity",
                        "--linux-package-name", NAME, "--license-file", "installer/linux/copyright.txt"));
                // What JNA opens at run time; jpackage's automatic Depends cannot see it.
                cmd.addAll(List.of("--linux-package-deps", type.equals("deb")
                        ? "libgtk-3-0, libayatana-appindicator3-1, libxext6"
                        : "gtk3, libayatana-appindicator-gtk3, libXext"));
                if (type.equals("deb")) {
                    cmd.addAll(List.of("--linux-deb-maintainer", "maintainers@unhunch.dev"));
                }
            }
            case "msi", "exe" -> cmd.addAll(List.of("--win-upgrade-uuid", WIN_UPGRADE_UUID, "--win-menu",
                    "--win-menu-group", "Unhunch", "--win-shortcut", "--win-per-user-install", "--win-dir-chooser"));
            case "dmg", "pkg" -> cmd.addAll(List.of("--mac-package-identifier", MAC_BUNDLE_ID));
            default -> throw new IllegalArgumentException("unknown installer type " + type);
        }
        return cmd;
    }

    String osDir() { return os.contains("win") ? "windows" : os.contains("mac") ? "macos" : "linux"; }

    Path icon() {
        String ext = os.contains("win") ? "unhunch.ico" : os.contains("mac") ? "unhunch.icns" : "unhunch-256.png";
        return Path.of("icons/generated", ext).toAbsolutePath();
    }

    /** jpackage wants 1-3 dot-separated numbers. */ String appVersion() {
        return opts.getOrDefault("version", "0.1.0").replaceAll("-.*$", "");
    }

    String tool(String name) {
        Path exe = jdk.resolve("bin").resolve(os.contains("win") ? name + ".exe" : name);
        if (!Files.isExecutable(exe)) {
            throw new IllegalStateException(exe + " not found: --jdk must point at a full JDK");
        }
        return exe.toString();
    }

    int jdkFeature() throws IOException {
        for (String line : Files.readAllLines(jdk.resolve("release"))) {
            if (line.startsWith("JAVA_VERSION=")) {
                String v = line.substring(line.indexOf('"') + 1);
                return Integer.parseInt(v.split("[.\"]")[0]);
            }
        }
        throw new IllegalStateException("no JAVA_VERSION in " + jdk.resolve("release"));
    }

    /** Non-empty lines that are not # comments. */
    /**
     * The options for a runtime of Java {@code feature}: a line {@code [N+] option} applies from
     * Java N on (launcher options such as --finalization are refused by older runtimes, unlike
     * -XX flags, which -XX:+IgnoreUnrecognizedVMOptions covers).
     */
    static List<String> jvmOptions(List<String> lines, int feature) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            java.util.regex.Matcher since = java.util.regex.Pattern.compile("\\[(\\d+)\\+]\\s+(.+)").matcher(line);
            if (!since.matches()) {
                options.add(line);
            } else if (feature >= Integer.parseInt(since.group(1))) {
                options.add(since.group(2));
            }
        }
        return options;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    /** SOURCE_DATE_EPOCH for dpkg-deb; rpmbuild clamps only when a macro says so. */
    Map<String, String> packagingEnvironment() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("SOURCE_DATE_EPOCH", Long.toString(epoch));
        if (os.contains("linux")) {
            Path home = dest.resolve("rpm-home");
            Files.createDirectories(home);
            Files.writeString(home.resolve(".rpmmacros"), "%clamp_mtime_to_source_date_epoch 1\n"
                    + "%use_source_date_epoch_as_buildtime 1\n");
            env.put("HOME", home.toString());
        }
        return env;
    }

    void stampTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !Files.isSymbolicLink(p)).collect(Collectors.toList())) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(epoch * 1000));
            }
        }
    }

    static void exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        System.out.println("+ " + String.join(" ", command));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command.get(0) + " " + Arrays.asList(command.get(1)));
        }
    }

    /**
     * Deletes {@code dir} and everything in it. Files that vanish meanwhile are fine: the training
     * run's accessibility bus, started by GTK, removes its socket in its own time.
     */
    static void deleteTree(Path dir) throws IOException {
        for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(dir)) {
                paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList());
            } catch (java.io.UncheckedIOException e) {
                continue; // something vanished while walking: walk again
            }
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    // a file appeared meanwhile: the next attempt takes it
                }
            }
        }
    }
}

/**
 * A class-data archive of what the app loads while starting, made by one training run of the app
 * image (on $DISPLAY, or on a private Xvfb) and named in the launcher's options: the AOT cache of
 * JEP 483/514/515 ({@code -XX:AOTCacheOutput}, Java 25). The JVM ignores an archive that does not
 * match. (The AppCDS branch for older runtimes works for an app image used where it was built.)
 */
final class StartupArchive {

    private final Packager packager;
    private final Path appImage;
    private final int feature;

    StartupArchive(Packager packager, Path appImage, int feature) {
        this.packager = packager;
        this.appImage = appImage;
        this.feature = feature;
    }

    void create() throws Exception {
        if (!packager.os.contains("linux")) {
            System.out.println("Packager: no start-up archive on " + packager.os + " (training needs SIGTERM + X11)");
            return;
        }
        Path home = Files.createTempDirectory("unhunch-training");
        Process xvfb = null;
        Process trayHost = null;
        String display = System.getenv("DISPLAY");
        try {
            if (display == null || display.isBlank()) {
                xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                display = ":" + new String(xvfb.getInputStream().readNBytes(8)).strip().split("\\s")[0];
                trayHost = startTrayHost(display);
            }
            boolean aot = feature >= 25;
            String file = aot ? "unhunch.aot" : "unhunch.jsa";
            Path archive = appImage.resolve("lib/app").resolve(file);
            ProcessBuilder pb = new ProcessBuilder(appImage.resolve("bin/unhunch").toString());
            pb.environment().put("DISPLAY", display);
            pb.environment().put("HOME", home.toString());
            pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
            pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            // No training data (method profiles) in the cache: the launcher runs C1 only with
            // -XX:-AOTReplayTraining, so it would never read them.
            pb.environment().put("JAVA_TOOL_OPTIONS", aot
                    ? "-XX:AOTCacheOutput=" + archive + " -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
                    : "-XX:ArchiveClassesAtExit=" + archive);
            pb.redirectOutput(home.resolve("training.out").toFile()).redirectErrorStream(true);
            Process app = pb.start();
            Path log = home.resolve("state/unhunch/unhunch0.log");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && app.isAlive()
                    && !(Files.exists(log) && Files.readString(log).contains(" started in "))) {
                Thread.sleep(100);
            }
            Thread.sleep(1500); // let the tray settle: its icon and menu classes load right after start
            app.destroy(); // SIGTERM: a normal JVM exit, which writes the archive
            if (!app.waitFor(180, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            if (!Files.isRegularFile(archive)) {
                System.out.println("Packager: no start-up archive was written; training output:");
                System.out.println(Files.readString(home.resolve("training.out")));
                return;
            }
            Files.setLastModifiedTime(archive, FileTime.fromMillis(packager.epoch * 1000));
            addOption((aot ? "-XX:AOTCache=$APPDIR/" : "-XX:SharedArchiveFile=$APPDIR/") + file);
            // Should it not match after all (a copied or rebuilt jar), start without it and without a warning.
            addOption(aot ? "-Xlog:aot=off,aot+codecache=off,cds=off" : "-Xlog:cds=off,cds+dynamic=off");
            System.out.printf("Packager: start-up archive %s, %.1f MB%n", file, Files.size(archive) / 1e6);
        } finally {
            if (trayHost != null) trayHost.destroy();
            if (xvfb != null) xvfb.destroy();
            Packager.deleteTree(home);
        }
    }

    /**
     * Starts {@code trayer} on the private display, so that the training run opens the real tray
     * (Dorkbox, its Kotlin runtime, JNA's GTK mappings: ~1,000 classes on the start-up path) instead
     * of the status window that stands in when no tray host is there. Null when trayer is missing:
     * the archive then lacks the tray's classes and the installed app starts ~0.3 s slower.
     */
    private static Process startTrayHost(String display) {
        try {
            ProcessBuilder pb = new ProcessBuilder("trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                    "--height", "24").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("DISPLAY", display);
            Process trayer = pb.start();
            Thread.sleep(1000); // its panel must own the tray selection before the app looks for a tray
            System.out.println("Packager: training with a tray host (trayer) on " + display);
            return trayer;
        } catch (IOException e) {
            System.out.println("Packager: no trayer on the PATH; the start-up archive will not cover the tray");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Adds a JVM option to the launcher's configuration after its last java-options line. */
    private void addOption(String option) throws IOException {
        Path cfg = appImage.resolve("lib/app/unhunch.cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("java-options=")) {
                last = i;
            }
        }
        lines.add(last + 1, "java-options=" + option);
        Files.write(cfg, lines);
    }
}

/**
 * Replaces jpackage's Linux launcher with a shell script that starts the bundled runtime with the
 * same options, read from the launcher's configuration once it is final. Before Java starts,
 * jpackage's launcher asks {@code rpm -qf} and {@code dpkg -S} which package owns it, twice (for
 * its library and for its configuration): ~0.25 s of every start on Debian, more than half of
 * the tray's start-up budget. The runtime's {@code java} is copied as {@code unhunch}, so the
 * process keeps that name in {@code ps} and system monitors. Windows and macOS keep jpackage's
 * launcher, which asks no package manager.
 */
final class DirectLauncher {

    private final Path appImage;
    private final Path jdk;

    DirectLauncher(Path appImage, Path jdk) {
        this.appImage = appImage;
        this.jdk = jdk;
    }

    void write() throws IOException, InterruptedException {
        List<String> cfg = Files.readAllLines(appImage.resolve("lib/app/unhunch.cfg"));
        List<String> classpath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : cfg) {
            if (line.startsWith("app.classpath=")) {
                classpath.add(line.substring("app.classpath=".length()));
            } else if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            }
        }
        if (mainClass == null || classpath.isEmpty()) {
            throw new IllegalStateException("unexpected launcher configuration: " + cfg);
        }
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Starts Unhunch on its bundled Java runtime with the options of app/unhunch.cfg; written by
                # installer/Packager.java (DirectLauncher: why not jpackage's launcher). Works from the app
                # image (bin/, lib/app, lib/runtime) and installed (/usr/bin, /usr/lib/unhunch/{app,runtime}).
                self=$(readlink -f "$0") || self=$0
                root=${self%/bin/*}
                if [ -d "$root/lib/unhunch/app" ]; then
                  app=$root/lib/unhunch/app runtime=$root/lib/unhunch/runtime
                else
                  app=$root/lib/app runtime=$root/lib/runtime
                fi
                exec "$runtime/bin/unhunch" \\
                """);
        for (String option : options) {
            script.append("  ").append(quoted(option)).append(" \\\n");
        }
        script.append("  -cp ").append(quoted(String.join(":", classpath))).append(" \\\n");
        script.append("  ").append(quoted(mainClass)).append(" \"$@\"\n");
        Path launcher = appImage.resolve("bin/unhunch");
        Files.delete(launcher);
        Files.writeString(launcher, script);
        launcher.toFile().setExecutable(true, false);
        Path runtimeBin = appImage.resolve("lib/runtime/bin");
        // The runtime's java launcher under the app's name, so that ps, top and the desktop's
        // system monitor show "unhunch" rather than "java".
        Files.copy(runtimeBin.resolve("java"), runtimeBin.resolve("unhunch"), StandardCopyOption.COPY_ATTRIBUTES,
                StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Packager: bin/unhunch starts the runtime's java launcher (" + options.size() + " options)");
    }

    /** {@code text} in double quotes for sh, with $APPDIR (the launcher's own variable) as $app. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '`' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString().replace("\\$APPDIR", "$app");
    }
}
