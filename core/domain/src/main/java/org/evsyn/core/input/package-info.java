/**
 * Reading users' files safely, for every reader in every module: what a path must be to be read
 * ({@link org.evsyn.core.input.RegularFiles}), strict decoding that names the byte offset of a bad byte
 * ({@link org.evsyn.core.input.StrictTextReader}), and the size and nesting limits of each reader
 * ({@link org.evsyn.core.input.InputLimits}, listed in docs/reliability.md).
 */
package org.evsyn.core.input;
