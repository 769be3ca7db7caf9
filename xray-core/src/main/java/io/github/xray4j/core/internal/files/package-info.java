/** Internal: how xray4j writes files (not API). */
@NullMarked
package io.github.xray4j.core.internal.files;

import org.jspecify.annotations.NullMarked;
