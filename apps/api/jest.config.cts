module.exports = require('../../jest.api.preset.cjs')('api', __dirname);
