// The data layer's exported functions, read from the source: which of them are
// use cases (their first parameter is an options object holding `actor`), so the
// role matrix can insist on a row for each one, including any added later.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ExportedFunction = {
  /** `lib/server/issue/publish-issue.ts` */
  file: string;
  name: string;
  /** The first parameter is `{ actor, … }` (destructured, or typed as an object with `actor`). */
  takesActorOptions: boolean;
};

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every .ts module under lib/server, tests excluded, relative to the repository root. */
export function dataLayerModules(): string[] {
  const dir = path.join(ROOT, 'lib/server');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.posix.join('lib/server', file.split(path.sep).join('/')))
    .sort();
}

function hasActorMember(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isTypeLiteralNode(type)) return type.members.some((member) => member.name && ts.isIdentifier(member.name) && member.name.text === 'actor');
  if (ts.isIntersectionTypeNode(type) || ts.isUnionTypeNode(type)) return type.types.some(hasActorMember);
  if (ts.isParenthesizedTypeNode(type)) return hasActorMember(type.type);
  return false;
}

function firstParameterTakesActor(parameters: ts.NodeArray<ts.ParameterDeclaration>): boolean {
  const [first] = parameters;
  if (!first) return false;
  if (ts.isObjectBindingPattern(first.name)) {
    const destructuresActor = first.name.elements.some((element) => {
      const key = element.propertyName ?? element.name;
      return ts.isIdentifier(key) && key.text === 'actor';
    });
    if (destructuresActor) return true;
  }
  return hasActorMember(first.type);
}

/** The function a `const x = …` export holds, looking through wrappers such as React's `cache(async () => …)`. */
function functionOf(initializer: ts.Expression | undefined): ts.SignatureDeclaration | null {
  if (!initializer) return null;
  if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return initializer;
  if (ts.isCallExpression(initializer)) {
    for (const argument of initializer.arguments) {
      const inner = functionOf(argument);
      if (inner) return inner;
    }
  }
  return null;
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The functions `file` exports, as written in its source. */
export function exportedFunctionsOf(file: string): ExportedFunction[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: ExportedFunction[] = [];
  for (const statement of source.statements) {
    // `export { a as b } from '…'`: a re-export, listed, never a use case.
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause) && !statement.isTypeOnly) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) found.push({ file, name: element.name.text, takesActorOptions: false });
      continue;
    }
    if (!isExported(statement)) continue;
    // A class is a function at run time too (an error type, say): listed, never a use case.
    if (ts.isClassDeclaration(statement) && statement.name) {
      found.push({ file, name: statement.name.text, takesActorOptions: false });
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      // An overload signature (no body) is the same function as its implementation: listed once.
      if (!statement.body) continue;
      found.push({ file, name: statement.name.text, takesActorOptions: firstParameterTakesActor(statement.parameters) });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const fn = functionOf(declaration.initializer);
        if (fn && ts.isIdentifier(declaration.name)) found.push({ file, name: declaration.name.text, takesActorOptions: firstParameterTakesActor(fn.parameters) });
      }
    }
  }
  return found;
}
