import { ForbiddenMessage } from "@/components/shell/status/ForbiddenMessage";

export default ForbiddenMessage;
