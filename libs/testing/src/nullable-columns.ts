import { readFileSync } from 'node:fs';
import * as ts from 'typescript';
import { getMetadataArgsStorage } from 'typeorm';

/** What TypeORM knows of one column: whether the database lets it be NULL. */
export interface ColumnFact {
  className: string;
  propertyName: string;
  nullable: boolean;
}

/** What the source says of one class property: its declared type and whether that type admits null. */
export interface DeclaredProperty {
  className: string;
  propertyName: string;
  /** `file:line` of the declaration. */
  at: string;
  /** The type as written, or null when it is not written. */
  typeText: string | null;
  allowsNull: boolean;
}

/**
 * The columns TypeORM has registered so far (load the entity files first): nullable when the
 * column says so, and for a soft-delete date, which TypeORM always makes nullable.
 */
export function registeredColumns(): ColumnFact[] {
  const storage = getMetadataArgsStorage();
  const facts = new Map<string, ColumnFact>();
  const add = (fact: ColumnFact) => facts.set(`${fact.className}.${fact.propertyName}`, fact);
  for (const c of storage.columns) {
    add({ className: nameOf(c.target), propertyName: c.propertyName, nullable: c.options.nullable === true || c.mode === 'deleteDate' });
  }
  // A relation read through join columns is null when any of them is: `parent?: CommentEntity | null`.
  const relations = new Map<string, ColumnFact>();
  for (const join of storage.joinColumns) {
    if (!join.name) continue;
    const property = join.name.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
    const column = facts.get(`${nameOf(join.target)}.${property}`);
    if (!column) continue;
    const key = `${column.className}.${join.propertyName}`;
    relations.set(key, { className: column.className, propertyName: join.propertyName, nullable: column.nullable || relations.get(key)?.nullable === true });
  }
  return [...facts.values(), ...relations.values()];
}

function nameOf(target: unknown): string {
  return typeof target === 'function' ? target.name : String(target);
}

/**
 * Reads every class property declared in a TypeScript source file. Emitted decorator metadata
 * cannot tell `string | null` from `string` (both become String), so the declared type is read
 * from the source itself.
 */
export function declaredProperties(fileName: string, text: string = readFileSync(fileName, 'utf8')): DeclaredProperty[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: DeclaredProperty[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
        const line = source.getLineAndCharacterOfPosition(member.getStart(source)).line + 1;
        found.push({
          className: node.name.text,
          propertyName: member.name.text,
          at: `${fileName}:${line}`,
          typeText: member.type ? member.type.getText(source) : null,
          allowsNull: member.type ? admitsNull(member.type) : false,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function admitsNull(type: ts.TypeNode): boolean {
  if (ts.isParenthesizedTypeNode(type)) return admitsNull(type.type);
  if (type.kind === ts.SyntaxKind.UnknownKeyword || type.kind === ts.SyntaxKind.AnyKeyword) return true;
  if (ts.isUnionTypeNode(type)) return type.types.some(admitsNull);
  return ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword;
}

/**
 * Every column whose property type does not say what the database allows: a nullable column
 * typed without `| null` (code would read a null as a value), or a NOT NULL column typed with
 * it. Columns of classes not found in `declared` are not judged.
 */
export function dishonestColumnTypes(columns: readonly ColumnFact[], declared: readonly DeclaredProperty[]): string[] {
  const byKey = new Map(declared.map((p) => [`${p.className}.${p.propertyName}`, p]));
  const problems: string[] = [];
  for (const column of columns) {
    const property = byKey.get(`${column.className}.${column.propertyName}`);
    if (!property) continue;
    const written = property.typeText ?? '(no type written)';
    if (column.nullable && !property.allowsNull) {
      problems.push(`${property.at} ${column.className}.${column.propertyName}: the column is nullable, so its type must admit null (e.g. "${written} | null"), not "${written}"`);
    } else if (!column.nullable && property.allowsNull && !/^(unknown|any)$/.test(written)) {
      problems.push(`${property.at} ${column.className}.${column.propertyName}: the column is NOT NULL, but its type "${written}" admits null`);
    }
  }
  return problems;
}
