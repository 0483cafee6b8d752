/**
 * Collects every failing field of an input (not only the first) and ends the write with one
 * ValidationFailedError listing them all, in the order they were added.
 */
import { ValidationFailedError, type FieldError } from "../domainErrors.js";

export class FieldErrors {
  readonly #errors: FieldError[] = [];

  /** Records that the field at `path` failed with `message`. */
  add(path: string[], message: string): this {
    this.#errors.push({ path: [...path], message });
    return this;
  }

  /** Runs a rule (returns a message or null) and records its message under `path` if it fails. */
  check(path: string[], message: string | null): this {
    if (message !== null) this.add(path, message);
    return this;
  }

  get isEmpty(): boolean {
    return this.#errors.length === 0;
  }

  /** The recorded failures (a copy). */
  get list(): FieldError[] {
    return this.#errors.map((e) => ({ path: [...e.path], message: e.message }));
  }

  /** The failure listing every recorded field; its message is `message` or a summary. */
  toError(message?: string): ValidationFailedError {
    const summary =
      message ??
      (this.#errors.length === 1
        ? (this.#errors[0]?.message ?? "Invalid input")
        : `${this.#errors.length} fields are invalid: ${this.#errors.map((e) => e.path.join(".")).join(", ")}`);
    return new ValidationFailedError(summary, this.list);
  }

  /** Throws the ValidationFailedError listing all fields if any were added. */
  throwIfAny(message?: string): void {
    if (!this.isEmpty) throw this.toError(message);
  }
}
