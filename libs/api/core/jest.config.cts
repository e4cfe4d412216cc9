module.exports = require('../../../jest.api.preset.cjs')('api-core', __dirname);
