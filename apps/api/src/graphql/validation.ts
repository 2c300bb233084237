import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
  VariableDefinitionNode,
} from 'graphql';
import { CoreErrorReason, DATE_ONLY_EXPECTED, InvalidInputError, isDateOnly, isUuid } from '@app/core';
import { DATE_TIME_EXPECTED, parseDateTime } from './scalars';

function flatten(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/** Validates every input with class-validator; failures name each field at fault. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      const first = problems[0];
      return new InvalidInputError(
        CoreErrorReason.VALIDATION_FAILED,
        problems.map((p) => p.message).join('; '),
        first?.field,
        { problems },
      );
    },
  });
}

// ------------------------------------------------------------------------------------------------
// The values every operation is given, checked by their GraphQL type before it runs.

/**
 * Characters refused in any text: C0 controls but tab, line feed and carriage return (so
 * multi-line text keeps its lines), DEL and the C1 controls, and the bidirectional embeddings,
 * overrides and isolates that make text read differently from what it says (U+202A–U+202E,
 * U+2066–U+2069). NUL cannot be stored at all; the others end up in emails and CSV files.
 */
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export enum InputProblemReason {
  /** Text with a control character or a bidirectional override. */
  BAD_TEXT = CoreErrorReason.BAD_TEXT,
  /** An ID that is not an id this API gives (a UUID). */
  MALFORMED_ID = CoreErrorReason.MALFORMED_ID,
  /** A DateTime that is not a real date and time in ISO 8601 with an offset. */
  BAD_DATE_TIME = CoreErrorReason.BAD_DATE_TIME,
  /** A Date that is not a real calendar date written YYYY-MM-DD. */
  BAD_DATE = CoreErrorReason.BAD_DATE,
}

export interface InputProblem {
  field: string;
  reason: InputProblemReason;
  message: string;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function describe(char: string): string {
  const code = char.codePointAt(0)!;
  if (code === 0) return 'a NUL character (U+0000)';
  if (code >= 0x202a) return `an invisible text-direction control (${codePoint(char)})`;
  return `a control character (${codePoint(char)})`;
}

/** A value as it can be shown back in a message: quoted, and clipped. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** What is wrong with one value of a scalar type, or null. Only String, ID, DateTime and Date are checked. */
export function scalarProblem(type: string, value: unknown, field: string): InputProblem | null {
  switch (type) {
    case 'String': {
      const bad = typeof value === 'string' ? FORBIDDEN_IN_TEXT.exec(value) : null;
      return bad
        ? {
            field,
            reason: InputProblemReason.BAD_TEXT,
            message: `${field} contains ${describe(bad[0])}, which text here cannot hold; remove it (line breaks and tabs are fine).`,
          }
        : null;
    }
    case 'ID':
      return isUuid(value)
        ? null
        : {
            field,
            reason: InputProblemReason.MALFORMED_ID,
            message: `${field} must be an id as this API gives them, a UUID like 3f2b8c1e-6a4d-4e0b-9c57-2d1f0a8e4b6c; ${shown(value)} is not one.`,
          };
    case 'DateTime':
      return typeof value === 'string' && parseDateTime(value)
        ? null
        : { field, reason: InputProblemReason.BAD_DATE_TIME, message: `${field} must be ${DATE_TIME_EXPECTED}; ${shown(value)} is not one.` };
    case 'Date':
      return isDateOnly(value) ? null : { field, reason: InputProblemReason.BAD_DATE, message: `${field} must be ${DATE_ONLY_EXPECTED}; ${shown(value)} is not one.` };
    default:
      return null;
  }
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Checks a value sent in the variables against its input type. */
function checkValue(value: unknown, type: GraphQLInputType, path: string, problems: InputProblem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, problems);
  if (isListType(type)) {
    // A single value where a list is expected counts as a list of one.
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, type.ofType, join(path, i), problems));
    else checkValue(value, type.ofType, path, problems);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    const fields = type.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      if (fields[name]) checkValue(fieldValue, fields[name].type, join(path, name), problems);
    }
    return;
  }
  if (isScalarType(type)) {
    const problem = scalarProblem(type.name, value, path);
    if (problem) problems.push(problem);
  }
}

/** The variable values of the operation, and their defaults. */
interface Variables {
  values: Record<string, unknown>;
  definitions: Map<string, VariableDefinitionNode>;
}

/** Checks a value written in the document (or a variable it names) against its input type. */
function checkNode(node: ValueNode, type: GraphQLInputType, path: string, variables: Variables, problems: InputProblem[]): void {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (Object.prototype.hasOwnProperty.call(variables.values, name)) return checkValue(variables.values[name], type, path, problems);
    const fallback = variables.definitions.get(name)?.defaultValue;
    if (fallback) checkNode(fallback, type, path, variables, problems);
    return;
  }
  if (node.kind === Kind.NULL) return;
  if (isNonNullType(type)) return checkNode(node, type.ofType, path, variables, problems);
  if (isListType(type)) {
    if (node.kind === Kind.LIST) node.values.forEach((item, i) => checkNode(item, type.ofType, join(path, i), variables, problems));
    else checkNode(node, type.ofType, path, variables, problems);
    return;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return;
    const fields = type.getFields();
    for (const field of node.fields) {
      const def = fields[field.name.value];
      if (def) checkNode(field.value, def.type, join(path, field.name.value), variables, problems);
    }
    return;
  }
  if (isScalarType(type)) {
    const value = node.kind === Kind.STRING ? node.value : node.kind === Kind.INT || node.kind === Kind.FLOAT ? Number(node.value) : node.kind;
    const problem = scalarProblem(type.name, value, path);
    if (problem) problems.push(problem);
  }
}

/**
 * Every input value of an operation that breaks the rules of its type (text, ids, date-times),
 * each with the field it was given in: inside an `input` argument, the path within it
 * (`title`, `questions.0.prompt`, `partnerIds.2`); otherwise the argument's name and path (`id`,
 * `filter.search`). Arguments of nested fields and fragments are checked too.
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
): { rootKey: string; problems: InputProblem[] }[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const variables: Variables = { values: variableValues, definitions: new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d])) };
  const found = new Map<string, InputProblem[]>();

  const walk = (selections: SelectionSetNode, parent: GraphQLNamedType | null | undefined, rootKey: string | null, seen: Set<string>): void => {
    if (!parent) return;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!def) continue;
        const key = rootKey ?? selection.alias?.value ?? selection.name.value;
        for (const arg of selection.arguments ?? []) {
          const argDef = def.args.find((a) => a.name === arg.name.value);
          if (!argDef) continue;
          const problems: InputProblem[] = [];
          const withinInput = argDef.name === 'input' && isInputObjectType(getNamedType(argDef.type));
          checkNode(arg.value, argDef.type, withinInput ? '' : argDef.name, variables, problems);
          if (problems.length) found.set(key, [...(found.get(key) ?? []), ...problems]);
        }
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(def.type), key, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent, rootKey, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), rootKey, new Set([...seen, fragment.name.value]));
      }
    }
  };
  walk(operation.selectionSet, schema.getRootType(operation.operation), null, new Set());
  return [...found].map(([rootKey, problems]) => ({ rootKey, problems }));
}

/**
 * Refuses an operation before it runs when any value it is given is text with a control
 * character or a bidirectional override, an id that is not a UUID, or a date-time that is not a
 * real one: BAD_USER_INPUT naming the field (extensions.field) and saying what is expected. One
 * place for every argument of every query and mutation, whether written in the document or sent
 * as variables, however deeply nested.
 */
export function inputCheckPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const found = inputProblems(schema, document, operation, request.variables ?? {});
          if (found.length === 0) return;
          const problems = found.flatMap((f) => f.problems);
          const first = problems[0];
          throw new GraphQLError(first.message, {
            // The path names the operation's field, so the error formatter reads the domain error behind it.
            path: [found[0].rootKey],
            originalError: new InvalidInputError(first.reason, problems.map((p) => p.message).join('; '), first.field || undefined, {
              problems: problems.map(({ field, message }) => ({ field, message })),
            }),
            extensions: { http: { status: 400 } },
          });
        },
      };
    },
  };
}
