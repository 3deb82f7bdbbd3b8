/*
 * Unhunch's native launcher on Linux: runs the bundled JVM in the process's first thread.
 *
 * The JDK's `java` launcher starts main() on a second thread and keeps the first one parked in
 * pthread_join for the whole session: one thread of the tray app's budget that never does
 * anything (docs/decisions/0008-native-launcher.md). This launcher takes the same arguments as
 * `java` for what bin/unhunch passes (VM options, -cp CLASSPATH, the main class, the app's
 * arguments), creates the JVM through the JNI invocation API and calls main() itself.
 *
 * Built by installer/Packager.java as lib/runtime/bin/unhunch, next to the runtime's lib/server.
 */
#include <dlfcn.h>
#include <jni.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef jint (JNICALL *CreateJavaVM)(JavaVM **, void **, void *);

static int fail(const char *what, const char *detail) {
    fprintf(stderr, "unhunch: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    return 1;
}

/* <runtime>/lib/server/libjvm.so for this executable at <runtime>/bin/unhunch. */
static int libjvm_path(char *out, size_t size) {
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        return -1;
    }
    self[n] = '\0';
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(self, '/');
        if (slash == NULL) {
            return -1;
        }
        *slash = '\0';
    }
    return snprintf(out, size, "%s/lib/server/libjvm.so", self) < (int) size ? 0 : -1;
}

/* A Java string from command-line bytes, decoded as the JDK's own launcher does (sun.jnu.encoding). */
static jstring platform_string(JNIEnv *env, jclass string_class, jstring encoding, const char *text) {
    jsize length = (jsize) strlen(text);
    jbyteArray bytes = (*env)->NewByteArray(env, length);
    if (bytes == NULL) {
        return NULL;
    }
    (*env)->SetByteArrayRegion(env, bytes, 0, length, (const jbyte *) text);
    jmethodID init = (*env)->GetMethodID(env, string_class, "<init>", "([BLjava/lang/String;)V");
    jstring result = init ? (*env)->NewObject(env, string_class, init, bytes, encoding) : NULL;
    (*env)->DeleteLocalRef(env, bytes);
    return result;
}

static jobjectArray main_arguments(JNIEnv *env, int count, char **texts) {
    jclass string_class = (*env)->FindClass(env, "java/lang/String");
    jclass system = (*env)->FindClass(env, "java/lang/System");
    if (string_class == NULL || system == NULL) {
        return NULL;
    }
    jmethodID get_property = (*env)->GetStaticMethodID(env, system, "getProperty",
            "(Ljava/lang/String;)Ljava/lang/String;");
    jstring key = (*env)->NewStringUTF(env, "sun.jnu.encoding");
    jstring encoding = get_property && key
            ? (jstring) (*env)->CallStaticObjectMethod(env, system, get_property, key) : NULL;
    if (encoding == NULL) {
        return NULL;
    }
    jobjectArray array = (*env)->NewObjectArray(env, count, string_class, NULL);
    for (int i = 0; array != NULL && i < count; i++) {
        jstring argument = platform_string(env, string_class, encoding, texts[i]);
        if (argument == NULL) {
            return NULL;
        }
        (*env)->SetObjectArrayElement(env, array, i, argument);
        (*env)->DeleteLocalRef(env, argument);
    }
    return array;
}

int main(int argc, char **argv) {
    char libjvm[PATH_MAX];
    if (libjvm_path(libjvm, sizeof libjvm) != 0) {
        return fail("cannot tell where the Java runtime is", NULL);
    }
    void *jvm_library = dlopen(libjvm, RTLD_NOW | RTLD_GLOBAL);
    if (jvm_library == NULL) {
        return fail("cannot load the Java runtime", dlerror());
    }
    CreateJavaVM create = (CreateJavaVM) dlsym(jvm_library, "JNI_CreateJavaVM");
    if (create == NULL) {
        return fail("the Java runtime has no JNI_CreateJavaVM", dlerror());
    }

    JavaVMOption *options = calloc((size_t) argc + 2, sizeof *options);
    if (options == NULL) {
        return fail("out of memory", NULL);
    }
    int option_count = 0;
    int next = 1;
    for (; next < argc && argv[next][0] == '-'; next++) {
        if (strcmp(argv[next], "-cp") == 0 || strcmp(argv[next], "-classpath") == 0) {
            if (next + 1 >= argc) {
                return fail("-cp needs a class path", NULL);
            }
            char *property = malloc(strlen(argv[next + 1]) + sizeof "-Djava.class.path=");
            if (property == NULL) {
                return fail("out of memory", NULL);
            }
            strcpy(property, "-Djava.class.path=");
            strcat(property, argv[++next]);
            options[option_count++].optionString = property;
        } else {
            options[option_count++].optionString = argv[next];
        }
    }
    if (next >= argc) {
        return fail("usage", "unhunch [VM options] -cp CLASSPATH MAIN-CLASS [arguments]");
    }
    char *main_class = strdup(argv[next++]);
    char *command = malloc(strlen(main_class) + sizeof "-Dsun.java.command=");
    if (main_class == NULL || command == NULL) {
        return fail("out of memory", NULL);
    }
    /* what jcmd and JFR show as the main class */
    strcpy(command, "-Dsun.java.command=");
    strcat(command, main_class);
    options[option_count++].optionString = command;
    for (char *c = main_class; *c; c++) {
        if (*c == '.') {
            *c = '/';
        }
    }

    JavaVMInitArgs init_args;
    init_args.version = JNI_VERSION_10;
    init_args.nOptions = option_count;
    init_args.options = options;
    init_args.ignoreUnrecognized = JNI_FALSE;
    JavaVM *vm;
    JNIEnv *env;
    if (create(&vm, (void **) &env, &init_args) != JNI_OK) {
        return fail("the Java VM did not start", NULL); /* the VM has said why on stderr */
    }

    jclass app = (*env)->FindClass(env, main_class);
    jmethodID main_method = app ? (*env)->GetStaticMethodID(env, app, "main", "([Ljava/lang/String;)V") : NULL;
    jobjectArray arguments = main_method ? main_arguments(env, argc - next, argv + next) : NULL;
    if (arguments != NULL) {
        (*env)->CallStaticVoidMethod(env, app, main_method, arguments);
    }
    int status = (arguments == NULL || (*env)->ExceptionCheck(env)) ? 1 : 0;
    /* Like the JDK's launcher: leaving hands an exception still pending to the thread's uncaught
     * exception handler ("Exception in thread "main" ..."), and ends this as a Java thread so that
     * nobody waits for it; then wait for the app's other (non-daemon) threads and run the shutdown
     * hooks. System.exit() ends the process before this returns. */
    (*vm)->DetachCurrentThread(vm);
    (*vm)->DestroyJavaVM(vm);
    return status;
}
