package io.github.xray4j.junit5;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameter names of a method as javac's debug information has them: the method's {@code LocalVariableTable}
 * (written by {@code javac -g} and {@code -g:vars}, which Maven's and Gradle's compilers pass by default), for
 * classes compiled without {@code -parameters}, where reflection only knows {@code arg0}, {@code arg1}, ...
 *
 * <p>Reads the class file from the class's own loader and walks only what it needs: the constant pool, then the
 * {@code Code} attribute of the method with the same name and descriptor, then its local variables that start at
 * the first instruction in the parameters' slots (slot 0 is {@code this} unless the method is static; a
 * {@code long} or {@code double} takes two slots). Anything unexpected (no class file, no table, an abstract
 * method, a malformed file) gives no names, never an exception.
 */
final class DebugParameterNames {

  private static final int CONSTANT_UTF8 = 1;
  private static final int CONSTANT_LONG = 5;
  private static final int CONSTANT_DOUBLE = 6;

  private DebugParameterNames() {}

  /** The names of every parameter of this method, in order, or empty if the class file does not give all. */
  static Optional<List<String>> of(Method method) {
    if (method.getParameterCount() == 0) {
      return Optional.of(List.of());
    }
    Class<?> type = method.getDeclaringClass();
    String resource = type.getName().replace('.', '/') + ".class";
    ClassLoader loader = type.getClassLoader();
    try (InputStream in = loader != null ? loader.getResourceAsStream(resource)
        : ClassLoader.getSystemResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return read(new DataInputStream(in), method);
    } catch (IOException | RuntimeException malformed) {
      return Optional.empty();
    }
  }

  private static Optional<List<String>> read(DataInputStream in, Method method) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      return Optional.empty();
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    String[] utf8 = constantPool(in);
    in.readUnsignedShort(); // access flags
    in.readUnsignedShort(); // this class
    in.readUnsignedShort(); // super class
    skipFully(in, 2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      skipFully(in, 6);
      skipAttributes(in);
    }
    String descriptor = MethodType.methodType(method.getReturnType(), method.getParameterTypes())
        .toMethodDescriptorString();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort(); // access flags
      String name = utf8[in.readUnsignedShort()];
      String desc = utf8[in.readUnsignedShort()];
      if (method.getName().equals(name) && descriptor.equals(desc)) {
        return namesInCode(in, utf8, method);
      }
      skipAttributes(in);
    }
    return Optional.empty();
  }

  /** The pool's UTF-8 constants by index; every other entry is skipped ({@code null}). */
  private static String[] constantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case CONSTANT_UTF8 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> skipFully(in, 2); // Class, String, MethodType, Module, Package
        case 15 -> skipFully(in, 3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> skipFully(in, 4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
        case CONSTANT_LONG, CONSTANT_DOUBLE -> {
          skipFully(in, 8);
          i++; // takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }

  /** Reads the method's attributes (the stream is at their count) up to its {@code LocalVariableTable}. */
  private static Optional<List<String>> namesInCode(DataInputStream in, String[] utf8, Method method)
      throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      String name = utf8[in.readUnsignedShort()];
      long length = in.readInt() & 0xFFFFFFFFL;
      if (!"Code".equals(name)) {
        skipFully(in, length);
        continue;
      }
      skipFully(in, 4); // max stack, max locals
      skipFully(in, in.readInt() & 0xFFFFFFFFL); // the code
      skipFully(in, 8L * in.readUnsignedShort()); // exception table
      int codeAttributes = in.readUnsignedShort();
      for (int c = 0; c < codeAttributes; c++) {
        String codeAttribute = utf8[in.readUnsignedShort()];
        long codeAttributeLength = in.readInt() & 0xFFFFFFFFL;
        if ("LocalVariableTable".equals(codeAttribute)) {
          return parameterNames(in, utf8, method);
        }
        skipFully(in, codeAttributeLength);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<List<String>> parameterNames(DataInputStream in, String[] utf8, Method method)
      throws IOException {
    Class<?>[] types = method.getParameterTypes();
    int[] slots = new int[types.length];
    int slot = Modifier.isStatic(method.getModifiers()) ? 0 : 1;
    for (int i = 0; i < types.length; i++) {
      slots[i] = slot;
      slot += types[i] == long.class || types[i] == double.class ? 2 : 1;
    }
    @Nullable String[] names = new String[types.length];
    int entries = in.readUnsignedShort();
    for (int e = 0; e < entries; e++) {
      int startPc = in.readUnsignedShort();
      in.readUnsignedShort(); // length
      String name = utf8[in.readUnsignedShort()];
      in.readUnsignedShort(); // descriptor
      int index = in.readUnsignedShort();
      if (startPc != 0) {
        continue;
      }
      for (int i = 0; i < slots.length; i++) {
        if (slots[i] == index) {
          names[i] = name;
        }
      }
    }
    if (Arrays.stream(names).anyMatch(name -> name == null)) {
      return Optional.empty();
    }
    return Optional.of(List.of(names));
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int i = 0; i < attributes; i++) {
      in.readUnsignedShort();
      skipFully(in, in.readInt() & 0xFFFFFFFFL);
    }
  }

  private static void skipFully(DataInputStream in, long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException();
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }
}
