// Lets a child `node` run the TypeScript sources directly, as the tests do, without a build:
// each file is transpiled on require (decorator metadata included), types are not checked.
const { readFileSync } = require('node:fs');
const ts = require('typescript');
const { compilerOptions } = require('../../tsconfig.json');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { ...compilerOptions, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, sourceMap: false, inlineSourceMap: true, incremental: false },
  });
  module._compile(outputText, filename);
};
