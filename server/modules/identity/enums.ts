import { registerEnumType } from 'type-graphql';
import { Role } from '../../common/roles.js';

registerEnumType(Role, { name: 'Role' });

export { Role };
